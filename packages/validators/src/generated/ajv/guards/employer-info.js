export { validate256 as guardEmployerInfo };
const schema65 = {"type":"object","properties":{"officialName":{"type":"string"},"employeeId":{"type":"string"},"employeeType":{"type":"string"},"dateHire":{"type":"string"}}};

function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.officialName !== undefined){
const _errs1 = errors;
if(typeof data.officialName !== "string"){
validate256.errors = [{instancePath:instancePath+"/officialName",schemaPath:"#/properties/officialName/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employeeId !== undefined){
const _errs3 = errors;
if(typeof data.employeeId !== "string"){
validate256.errors = [{instancePath:instancePath+"/employeeId",schemaPath:"#/properties/employeeId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.employeeType !== undefined){
const _errs5 = errors;
if(typeof data.employeeType !== "string"){
validate256.errors = [{instancePath:instancePath+"/employeeType",schemaPath:"#/properties/employeeType/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateHire !== undefined){
const _errs7 = errors;
if(typeof data.dateHire !== "string"){
validate256.errors = [{instancePath:instancePath+"/dateHire",schemaPath:"#/properties/dateHire/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate256.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate256.errors = vErrors;
return errors === 0;
}
