import { compiledUserStation as validate86 } from "./user-station.js";
export { validate274 as compiledUserStations };
const schema102 = {"type":"object","properties":{"associatedStation":{"$ref":"#/$defs/UserStation"},"effectiveStation":{"$ref":"#/$defs/UserStation"},"defaultStation":{"$ref":"#/$defs/UserStation"},"lastAssociatedStation":{"$ref":"#/$defs/UserStation"}}};

function validate274(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.associatedStation !== undefined){
if(!(validate86(data.associatedStation, {instancePath:instancePath+"/associatedStation",parentData:data,parentDataProperty:"associatedStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.effectiveStation !== undefined){
if(!(validate86(data.effectiveStation, {instancePath:instancePath+"/effectiveStation",parentData:data,parentDataProperty:"effectiveStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.defaultStation !== undefined){
if(!(validate86(data.defaultStation, {instancePath:instancePath+"/defaultStation",parentData:data,parentDataProperty:"defaultStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
if(data.lastAssociatedStation !== undefined){
if(!(validate86(data.lastAssociatedStation, {instancePath:instancePath+"/lastAssociatedStation",parentData:data,parentDataProperty:"lastAssociatedStation",rootData,dynamicAnchors}))){
if(vErrors === null){vErrors = validate86.errors;} else {for(const e of validate86.errors){vErrors.push(e);}}
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate274.errors = vErrors;
return errors === 0;
}
