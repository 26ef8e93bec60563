export { validate297 as guardLocationEmergencyNumber };
const schema94 = {"type":"object","properties":{"e164":{"type":"string"},"number":{"type":"string"},"type":{"$ref":"#/$defs/EmergencyNumberType"}}};
const schema45 = {"type":"string","enum":["default","elin"]};

function validate297(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.e164 !== undefined){
const _errs1 = errors;
if(typeof data.e164 !== "string"){
validate297.errors = [{instancePath:instancePath+"/e164",schemaPath:"#/properties/e164/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.number !== undefined){
const _errs3 = errors;
if(typeof data.number !== "string"){
validate297.errors = [{instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.type !== undefined){
let data2 = data.type;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate297.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/EmergencyNumberType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data2 === "default") || (data2 === "elin"))){
validate297.errors = [{instancePath:instancePath+"/type",schemaPath:"#/$defs/EmergencyNumberType/enum",keyword:"enum",params:{allowedValues: schema45.enum}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate297.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate297.errors = vErrors;
return errors === 0;
}
