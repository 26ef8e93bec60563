import { guardUserStation as validate86 } from "./user-station.js";
export { validate274 as guardUserStations };
const schema102 = {"type":"object","properties":{"associatedStation":{"$ref":"#/$defs/UserStation"},"effectiveStation":{"$ref":"#/$defs/UserStation"},"defaultStation":{"$ref":"#/$defs/UserStation"},"lastAssociatedStation":{"$ref":"#/$defs/UserStation"}}};

function validate274(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.associatedStation !== undefined){
const _errs1 = errors;
if(!(validate86(data.associatedStation, {instancePath:instancePath+"/associatedStation",parentData:data,parentDataProperty:"associatedStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.effectiveStation !== undefined){
const _errs2 = errors;
if(!(validate86(data.effectiveStation, {instancePath:instancePath+"/effectiveStation",parentData:data,parentDataProperty:"effectiveStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.defaultStation !== undefined){
const _errs3 = errors;
if(!(validate86(data.defaultStation, {instancePath:instancePath+"/defaultStation",parentData:data,parentDataProperty:"defaultStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.lastAssociatedStation !== undefined){
const _errs4 = errors;
if(!(validate86(data.lastAssociatedStation, {instancePath:instancePath+"/lastAssociatedStation",parentData:data,parentDataProperty:"lastAssociatedStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate274.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate274.errors = vErrors;
return errors === 0;
}
